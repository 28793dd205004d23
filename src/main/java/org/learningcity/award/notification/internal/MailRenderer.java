package org.learningcity.award.notification.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a mail from its templates in the recipient's language: the subject from the
 * message key {@code notification.mail.<template>.subject} (with {@code {name}}
 * placeholders filled from the model), the plain-text part from
 * {@code templates/mail/<template>.txt} and the HTML part from
 * {@code templates/mail/<template>.html}. Every template sees the model plus
 * {@code recipientName}, {@code link} (absolute), {@code baseUrl},
 * {@code preferencesLink}, {@code due}, {@code dueText}, {@code lang} and
 * {@code subject}.
 */
@Component
class MailRenderer {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	private static final int MAX_SUBJECT = 300;

	private final SpringTemplateEngine engine;

	private final MessageSource messages;

	private final ResourcePatternResolver resources;

	private final String baseUrl;

	MailRenderer(MessageSource messages, ResourcePatternResolver resources,
			@Value("${award.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.resources = resources;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailRenderer.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
		resolver.setTextTemplateModePatterns(Set.of("*.txt"));
		resolver.setCacheable(true);
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateResolver(resolver);
		this.engine.setTemplateEngineMessageSource(messages);
	}

	/** The absolute address of a page of the application. */
	String absolute(String path) {
		return (path != null) ? this.baseUrl + path : null;
	}

	RenderedMail render(String template, String language, Map<String, Object> model, String link, Instant due,
			String recipientName) {
		requireTemplate(template);
		Locale locale = Locale.forLanguageTag(language);
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("recipientName", recipientName);
		variables.put("link", absolute(link));
		variables.put("baseUrl", this.baseUrl);
		variables.put("preferencesLink", absolute("/notifications/preferences"));
		variables.put("due", due);
		variables.put("dueText", (due != null) ? dueText(due, locale) : null);
		variables.put("lang", locale.getLanguage());
		String subject = subject(template, locale, variables);
		variables.put("subject", subject);
		Context context = new Context(locale, variables);
		String text = this.engine.process("mail/" + template + ".txt", context);
		String html = this.engine.process("mail/" + template + ".html", context);
		return new RenderedMail(subject, text, html);
	}

	/** The names of every mail template, sorted. */
	List<String> templateNames() {
		try {
			Set<String> names = new TreeSet<>();
			for (Resource resource : this.resources.getResources("classpath*:templates/mail/*.html")) {
				String filename = resource.getFilename();
				if (filename != null) {
					names.add(filename.substring(0, filename.length() - ".html".length()));
				}
			}
			return List.copyOf(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String dueText(Instant due, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(due.atZone(ZoneOffset.UTC)) + " UTC";
	}

	private String subject(String template, Locale locale, Map<String, Object> variables) {
		String pattern;
		try {
			// no arguments: the message is taken as written, {name} is filled in below
			pattern = this.messages.getMessage("notification.mail." + template + ".subject", null, locale);
		}
		catch (NoSuchMessageException ex) {
			throw new IllegalArgumentException("The mail template " + template
					+ " has no subject: add notification.mail." + template + ".subject to the messages", ex);
		}
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		StringBuilder subject = new StringBuilder();
		while (matcher.find()) {
			Object value = variables.get(matcher.group(1));
			matcher.appendReplacement(subject, Matcher.quoteReplacement((value != null) ? value.toString() : ""));
		}
		matcher.appendTail(subject);
		return HeaderSafety.limit(HeaderSafety.singleLine(subject.toString()), MAX_SUBJECT);
	}

	private void requireTemplate(String template) {
		if (!this.resources.getResource("classpath:templates/mail/" + template + ".html").exists()
				|| !this.resources.getResource("classpath:templates/mail/" + template + ".txt").exists()) {
			throw new IllegalArgumentException(
					"No mail template " + template + ": add templates/mail/" + template + ".html and .txt");
		}
	}

	/** A mail ready to send: one-line subject, plain text and HTML. */
	record RenderedMail(String subject, String text, String html) {
	}

}
