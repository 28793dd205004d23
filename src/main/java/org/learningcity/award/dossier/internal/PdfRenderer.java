package org.learningcity.award.dossier.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template (a print variant written as well-formed XHTML) to PDF with
 * openhtmltopdf, inline SVG charts included. The text font is embedded: Liberation Sans
 * (SIL Open Font License), which covers Latin with every French accent and ships inside
 * PDFBox's jar, so nothing is read from the machine's fonts.
 */
@Component
class PdfRenderer {

	/** The font family the print templates' CSS names. */
	static final String FONT_FAMILY = "Liberation Sans";

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The template rendered with these variables in this language, as XHTML. */
	String html(String template, Map<String, Object> variables, Locale locale) {
		return this.templates.process(template, new Context(locale, variables));
	}

	/** The template rendered with these variables in this language, as a PDF. */
	byte[] pdf(String template, Map<String, Object> variables, Locale locale) {
		return toPdf(html(template, variables, locale));
	}

	/** XHTML as a PDF. */
	static byte[] toPdf(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, PdfRenderer.class.getResource("/templates/").toExternalForm());
			// one face for both weights: headings stay in the embedded font rather than
			// falling back to a base-14 font without the accents
			builder.useFont(PdfRenderer::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(PdfRenderer::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF could not be rendered.", ex);
		}
		return out.toByteArray();
	}

	private static InputStream font() {
		InputStream font = PdfRenderer.class.getResourceAsStream(FONT);
		if (font == null) {
			throw new IllegalStateException("The font " + FONT + " is missing from the classpath (PDFBox).");
		}
		return font;
	}

}
