package org.learningcity.award.web.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: chosen with {@code ?lang=fr}, remembered in a cookie, else the first of the
 * browser's languages that the application speaks, else English.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

	/** The languages of the message bundles, the first is the default. */
	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("award-lang");
		resolver.setDefaultLocaleFunction(WebConfiguration::browserLanguage);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			@Override
			protected Locale parseLocaleValue(String localeValue) {
				// an unknown language falls back to the default instead of an
				// untranslated page
				return supported(super.parseLocaleValue(localeValue));
			}

		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	static Locale browserLanguage(HttpServletRequest request) {
		for (Locale locale : Collections.list(request.getLocales())) {
			Locale supported = supported(locale);
			if (supported != null) {
				return supported;
			}
		}
		return LANGUAGES.get(0);
	}

	static Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		return LANGUAGES.stream()
			.filter(language -> language.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(null);
	}

}
