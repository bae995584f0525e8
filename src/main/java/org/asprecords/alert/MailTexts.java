package org.asprecords.alert;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a mail's plain-text and HTML bodies from the templates
 * {@code templates/mail/NAME.txt} and {@code .html}, in the subscriber's language, with
 * the portal's messages. An engine of its own: the web's engine resolves HTML pages only,
 * and a mail is written outside any request (links are absolute, made before).
 */
@Component
class MailTexts {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailTexts(MessageSource messages) {
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
		this.engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
	}

	private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(Set.of("mail/*" + suffix));
		resolver.setOrder(order);
		resolver.setCacheable(true);
		return resolver;
	}

	/** The plain text and HTML of a mail. */
	Bodies write(String template, Locale language, Map<String, Object> variables) {
		Context context = new Context(language, variables);
		return new Bodies(this.engine.process("mail/" + template + ".txt", context),
				this.engine.process("mail/" + template + ".html", context));
	}

	/**
	 * @param text the plain-text body
	 * @param html the HTML body
	 */
	public record Bodies(String text, String html) {
	}

}
