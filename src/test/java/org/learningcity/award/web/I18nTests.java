package org.learningcity.award.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text is a message key, in English and in French.
 * <ul>
 * <li>Every bundle {@code messages/<name>.properties} has a French twin
 * {@code <name>_fr.properties} with exactly the same keys, no key twice and no empty
 * value.</li>
 * <li>No template under {@code templates/} shows hard-coded text: a text node must sit in
 * an element whose content Thymeleaf replaces ({@code th:text}, {@code th:utext},
 * {@code th:replace}, {@code th:insert}, {@code th:errors}, {@code sec:authentication},
 * ...) or be made of inline expressions ({@code [[#{key}]]}); the attributes
 * {@code placeholder}, {@code title}, {@code aria-label}, {@code aria-description},
 * {@code alt} and the {@code value} of buttons must be {@code th:}-bound. Text without
 * letters (whitespace, punctuation, digits, symbols) is allowed.</li>
 * <li>The escape hatch for the rare text that must not be translated (language names in
 * the language switcher): a {@code data-i18n-exempt} attribute on the element or an
 * ancestor.</li>
 * <li>Every literal key {@code #{some.key}} used in a template exists in the English
 * bundles.</li>
 * </ul>
 */
class I18nTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("templates");

	private static final String EXEMPT = "data-i18n-exempt";

	/** Attributes that replace the element's content when the page is rendered. */
	private static final Set<String> REPLACING_CONTENT = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:include", "th:substituteby", "th:errors", "sec:authentication");

	/** Attributes that people read or hear. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "aria-label",
			"aria-description", "alt");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	/** A literal key: {@code #{a.b}} or {@code #{a.b(${x})}}, not {@code #{${key}}}. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)(?=[(}])");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(,[^}]*)?}");

	private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyBundleHasAFrenchTwinWithTheSameKeysAndNoEmptyValue() throws IOException {
		List<Path> bundles = englishBundles();
		assertThat(bundles).as("bundles in %s", MESSAGES).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Path english : bundles) {
			Path french = english.resolveSibling(baseName(english) + "_fr.properties");
			if (!Files.exists(french)) {
				problems.add(french + " is missing");
				continue;
			}
			Properties en = load(english);
			Properties fr = load(french);
			Set<String> missing = new TreeSet<>(en.stringPropertyNames());
			missing.removeAll(fr.stringPropertyNames());
			Set<String> extra = new TreeSet<>(fr.stringPropertyNames());
			extra.removeAll(en.stringPropertyNames());
			missing.forEach(key -> problems.add(french.getFileName() + " lacks " + key));
			extra.forEach(key -> problems
				.add(french.getFileName() + " has " + key + " that " + english.getFileName() + " lacks"));
			problems.addAll(emptyValues(english, en));
			problems.addAll(emptyValues(french, fr));
		}
		assertThat(problems).as("translation problems").isEmpty();
	}

	@Test
	void noBundleDefinesAKeyTwice() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path bundle : allBundles()) {
			Set<String> seen = new HashSet<>();
			for (String key : keysInOrder(bundle)) {
				if (!seen.add(key)) {
					problems.add(bundle.getFileName() + " defines " + key + " twice");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		// MessageFormat drops a lone ' and everything up to the next one
		List<String> problems = new ArrayList<>();
		for (Path bundle : allBundles()) {
			load(bundle).forEach((key, value) -> {
				String text = (String) value;
				if (ARGUMENT.matcher(text).find() && LONE_QUOTE.matcher(text).find()) {
					problems.add(bundle.getFileName() + " " + key + ": write '' instead of ' (it has arguments)");
				}
			});
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesShowNoHardCodedText() throws IOException {
		List<Path> templates = templates();
		assertThat(templates).as("templates in %s", TEMPLATES).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Path template : templates) {
			problems.addAll(hardCodedText(template));
		}
		assertThat(problems).as("hard-coded text (use th:text=\"#{key}\" or th:attr bindings)").isEmpty();
	}

	@Test
	void templatesUseOnlyKeysThatExist() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Path english : englishBundles()) {
			keys.addAll(load(english).stringPropertyNames());
		}
		Map<String, Set<String>> unknown = new TreeMap<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					unknown.computeIfAbsent(TEMPLATES.relativize(template).toString(), t -> new TreeSet<>())
						.add(matcher.group(1));
				}
			}
		}
		assertThat(unknown).as("message keys used in templates but missing from the English bundles").isEmpty();
	}

	@Test
	void theCheckFindsHardCodedTextAndAcceptsTranslatedText() {
		String template = """
				<html th:replace="~{fragments/layout :: layout(~{::title}, ~{::main})}">
				<head><title th:text="#{t}">Prototype title</title></head>
				<body><main>
				<h1>Hard-coded heading</h1>
				<p th:text="#{ok}">Prototype <b>text</b></p>
				<p>[[#{inline}]] · 12</p>
				<input placeholder="Type here"> <img th:alt="#{alt}" alt="Prototype">
				<input value="Go" type="submit"> <button value="x" th:text="#{go}">Go</button>
				<nav data-i18n-exempt><a lang="fr">Français</a></nav>
				<span sec:authentication="name">user</span> <span th:errors="*{title}">Required.</span>
				<div th:replace="~{x :: y}"><p title="Prototype">Prototype</p></div>
				</main></body></html>
				""";
		assertThat(hardCodedText("example.html", Jsoup.parse(template))).containsExactly(
				"example.html: <h1> shows \"Hard-coded heading\"",
				"example.html: <input> has placeholder=\"Type here\"", "example.html: <input> has value=\"Go\"");
	}

	private static List<String> hardCodedText(Path template) throws IOException {
		Document document = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8));
		return hardCodedText(TEMPLATES.relativize(template).toString(), document);
	}

	private static List<String> hardCodedText(String name, Document document) {
		List<String> problems = new ArrayList<>();
		NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
			if (node instanceof TextNode text) {
				Element parent = (Element) text.parent();
				String visible = INLINE_EXPRESSION.matcher(text.getWholeText()).replaceAll("");
				if (parent != null && !isCode(parent) && LETTER.matcher(visible).find() && !isReplaced(parent)
						&& !isExempt(parent)) {
					problems.add(name + ": <" + parent.tagName() + "> shows \"" + visible.strip() + "\"");
				}
			}
			else if (node instanceof Element element && !isExempt(element) && !isGone(element)) {
				for (Attribute attribute : element.attributes()) {
					String key = attribute.getKey();
					boolean visible = VISIBLE_ATTRIBUTES.contains(key) || ("value".equals(key) && isButton(element));
					if (visible && LETTER.matcher(attribute.getValue()).find() && !isBound(element, key)) {
						problems.add(name + ": <" + element.tagName() + "> has " + key + "=\"" + attribute.getValue()
								+ "\"");
					}
				}
			}
		}, document);
		return problems;
	}

	/** Whether Thymeleaf replaces this element's content (or the element itself). */
	private static boolean isReplaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (replacesContent(e) || (e == element && "textarea".equals(e.tagName()) && has(e, "th:field"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the element is replaced or dropped, so that its own attributes never show.
	 */
	private static boolean isGone(Element element) {
		if (has(element, "th:replace") || has(element, "th:substituteby") || removed(element, "all")) {
			return !"html".equals(element.tagName());
		}
		for (Element e = element.parent(); e != null; e = e.parent()) {
			if (replacesContent(e)) {
				return true;
			}
		}
		return false;
	}

	private static boolean replacesContent(Element element) {
		if ("html".equals(element.tagName())) {
			// a page's <html th:replace="~{fragments/layout :: layout(...)}"> keeps its
			// <title> and <main>
			return false;
		}
		for (String attribute : REPLACING_CONTENT) {
			if (has(element, attribute)) {
				return true;
			}
		}
		return removed(element, "all") || removed(element, "body");
	}

	private static boolean removed(Element element, String what) {
		return what.equals(attribute(element, "th:remove"));
	}

	private static boolean isBound(Element element, String attribute) {
		String attr = attribute(element, "th:attr");
		return has(element, "th:" + attribute)
				|| (Set.of("alt", "title").contains(attribute) && has(element, "th:alt-title"))
				|| (attr != null && attr.matches("(?s).*\\b" + Pattern.quote(attribute) + "\\s*=.*"));
	}

	private static boolean isExempt(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr(EXEMPT)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isCode(Element element) {
		return "script".equals(element.tagName()) || "style".equals(element.tagName());
	}

	private static boolean isButton(Element element) {
		String type = element.attr("type").toLowerCase();
		return "input".equals(element.tagName()) && Set.of("submit", "button", "reset").contains(type);
	}

	private static boolean has(Element element, String thymeleafAttribute) {
		return attribute(element, thymeleafAttribute) != null;
	}

	/**
	 * A Thymeleaf attribute in either of its spellings: {@code th:x} or
	 * {@code data-th-x}.
	 */
	private static String attribute(Element element, String thymeleafAttribute) {
		if (element.hasAttr(thymeleafAttribute)) {
			return element.attr(thymeleafAttribute);
		}
		String data = "data-" + thymeleafAttribute.replace(':', '-');
		return element.hasAttr(data) ? element.attr(data) : null;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static List<Path> allBundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter(file -> file.toString().endsWith(".properties")).sorted().toList();
		}
	}

	/** The bundles without a language suffix: English, the default. */
	private static List<Path> englishBundles() throws IOException {
		return allBundles().stream().filter(file -> !baseName(file).matches(".*_[a-z]{2}(_[A-Z]{2})?")).toList();
	}

	private static String baseName(Path bundle) {
		String name = bundle.getFileName().toString();
		return name.substring(0, name.length() - ".properties".length());
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static List<String> emptyValues(Path bundle, Properties properties) {
		return properties.stringPropertyNames()
			.stream()
			.filter(key -> properties.getProperty(key).isBlank())
			.sorted()
			.map(key -> bundle.getFileName() + " has no text for " + key)
			.toList();
	}

	/** The keys as written, in order, duplicates included (Properties keeps the last). */
	private static List<String> keysInOrder(Path bundle) throws IOException {
		List<String> keys = new ArrayList<>();
		boolean continued = false;
		for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
			String stripped = line.stripLeading();
			boolean startsEntry = !continued && !stripped.isEmpty() && !stripped.startsWith("#")
					&& !stripped.startsWith("!");
			if (startsEntry) {
				Properties single = new Properties();
				single.load(new java.io.StringReader(stripped.replaceAll("\\\\$", "")));
				keys.addAll(single.stringPropertyNames());
			}
			continued = (continued || startsEntry) && endsWithOddBackslashes(line);
		}
		return keys;
	}

	private static boolean endsWithOddBackslashes(String line) {
		int count = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			count++;
		}
		return count % 2 == 1;
	}

}
