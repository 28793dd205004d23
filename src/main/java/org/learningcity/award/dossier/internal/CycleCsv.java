package org.learningcity.award.dossier.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.Consensus;
import org.learningcity.award.review.NominationResult.MeasurementResult;

/**
 * The cycle as CSV (RFC 4180: comma, CRLF, double quotes where needed, UTF-8): one row
 * per nomination with every score. Numbers use a dot and no grouping; an empty cell means
 * no value. The columns:
 * <ul>
 * <li>{@code nomination_id, city, country_code, country, region, status, final, rounds,
 * overall}, then {@code block_2.1} ... {@code block_2.6} (the building blocks'
 * averages)</li>
 * <li>per expert-review measurement {@code <code>_consensus}, {@code <code>_spread} and
 * {@code <code>_expert_A}, {@code _expert_B} ... (each expert's final-round score; the
 * letters follow the panel's order, as in the dossier)</li>
 * <li>{@code alpha} (Krippendorff, ordinal, final round), and for staff only
 * {@code expert_A_account} ... (who expert A is)</li>
 * </ul>
 * With {@code bom} the file starts with a byte order mark, which spreadsheet programs
 * need to read UTF-8.
 */
final class CycleCsv {

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final List<String> measurements;

	private final int experts;

	private final boolean accounts;

	/**
	 * @param measurements the measurement codes, one group of columns each
	 * @param experts how many expert columns per measurement (the largest panel)
	 * @param accounts whether to name the experts (staff)
	 */
	CycleCsv(List<String> measurements, int experts, boolean accounts) {
		this.measurements = List.copyOf(measurements);
		this.experts = experts;
		this.accounts = accounts;
	}

	/** The export of these rows: as many expert columns as the largest panel has. */
	static CycleCsv forRows(List<String> measurements, List<NominationScores> rows, boolean accounts) {
		int experts = rows.stream().mapToInt((r) -> r.result().experts().size()).max().orElse(0);
		return new CycleCsv(measurements, experts, accounts);
	}

	List<String> header() {
		List<String> header = new ArrayList<>(List.of("nomination_id", "city", "country_code", "country", "region",
				"status", "final", "rounds", "overall"));
		Consensus.BUILDING_BLOCKS.forEach((block) -> header.add("block_" + block));
		for (String code : this.measurements) {
			header.add(code + "_consensus");
			header.add(code + "_spread");
			for (int i = 0; i < this.experts; i++) {
				header.add(code + "_expert_" + DossierService.label(i));
			}
		}
		header.add("alpha");
		if (this.accounts) {
			for (int i = 0; i < this.experts; i++) {
				header.add("expert_" + DossierService.label(i) + "_account");
			}
		}
		return header;
	}

	List<String> row(NominationScores scores) {
		var n = scores.nomination();
		var result = scores.result();
		List<String> row = new ArrayList<>(
				List.of(Long.toString(n.id()), n.cityName(), n.countryCode(), scores.countryName(), n.region(),
						n.status().name(), Boolean.toString(result.isFinal()), Integer.toString(result.rounds()),
						result.overall().isPresent() ? decimal(result.overall().getAsDouble()) : ""));
		Consensus.BUILDING_BLOCKS.forEach((block) -> row.add(decimal(result.blocks().get(block))));
		for (String code : this.measurements) {
			MeasurementResult m = result.measurements().get(MeasurementCode.of(code));
			row.add((m != null) ? decimal(m.consensus()) : "");
			row.add((m != null) ? Integer.toString(m.spread()) : "");
			for (int i = 0; i < this.experts; i++) {
				Integer score = (m != null && i < m.scores().size()) ? m.scores().get(i) : null;
				row.add((score != null) ? score.toString() : "");
			}
		}
		row.add(result.alpha().isDefined() ? String.format(Locale.ROOT, "%.4f", result.alpha().valueOrNaN()) : "");
		if (this.accounts) {
			for (int i = 0; i < this.experts; i++) {
				row.add((i < result.experts().size()) ? result.experts().get(i) : "");
			}
		}
		return row;
	}

	/** The header and the rows as CSV text. */
	String write(List<NominationScores> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(header());
			for (NominationScores scores : rows) {
				printer.printRecord(row(scores));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** The CSV as UTF-8 bytes, with a byte order mark if asked. */
	byte[] bytes(List<NominationScores> rows, boolean bom) {
		byte[] text = write(rows).getBytes(StandardCharsets.UTF_8);
		if (!bom) {
			return text;
		}
		byte[] withBom = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(text, 0, withBom, BOM.length, text.length);
		return withBom;
	}

	private static String decimal(Double value) {
		return (value != null) ? String.format(Locale.ROOT, "%.2f", value) : "";
	}

}
