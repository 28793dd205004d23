package org.learningcity.award.notification.internal;

import java.util.Properties;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's own SMTP server (GreenMail on 127.0.0.1, port 3025 unless
 * {@code award.mail.embedded-smtp.port} says otherwise), so that the demo really delivers
 * mail over SMTP without any setup. Only in the demo profile, and only while no real
 * server is configured with {@code spring.mail.host}; off with
 * {@code award.mail.embedded-smtp.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnExpression("${award.mail.embedded-smtp.enabled:true} and '${spring.mail.host:}' == ''")
class EmbeddedSmtpServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpServer.class);

	@Bean(destroyMethod = "stop")
	GreenMail embeddedSmtp(@Value("${award.mail.embedded-smtp.host:127.0.0.1}") String host,
			@Value("${award.mail.embedded-smtp.port:3025}") int port) {
		GreenMail server = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		try {
			server.start();
			log.info("Embedded SMTP server (demo) listens on {}:{}", host, port);
		}
		catch (RuntimeException ex) {
			// another demo node may hold the port: mail then waits in the outbox
			log.warn("The embedded SMTP server could not start on {}:{}: {}", host, port, ex.getMessage());
		}
		return server;
	}

	@Bean
	JavaMailSenderImpl mailSender(@Value("${award.mail.embedded-smtp.host:127.0.0.1}") String host,
			@Value("${award.mail.embedded-smtp.port:3025}") int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(host);
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "10000");
		properties.put("mail.smtp.writetimeout", "10000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

}
