package org.asprecords.security;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.http.HttpStatus;

/**
 * Answers what Tomcat refuses before the portal sees it (a malformed request line or
 * address, an illegal or oversized header, a body over the limits) with the
 * {@link SecurityHeaders} and a plain-text body holding only the status, instead of
 * Tomcat's own page: no server name or version, no styles, no message of an exception.
 * Anything the portal answers itself has a body already and is left alone.
 */
class PlainErrorReportValve extends ErrorReportValve {

	/**
	 * Puts this valve in place of the error report valve of the host the portal runs in
	 * (Spring Boot adds Tomcat's own, and Tomcat would add its default if none of the
	 * configured class were found when the host starts).
	 */
	static void replaceTomcats(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Container host = context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			if (host instanceof StandardHost standardHost) {
				standardHost.setErrorReportValveClass(PlainErrorReportValve.class.getName());
			}
			host.getPipeline().addValve(new PlainErrorReportValve());
		});
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		SecurityHeaders.INSTANCE.writeHeaders(request, response);
		try {
			response.setContentType("text/plain");
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(text(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone, or the answer was already under way: nothing more to
			// say
		}
	}

	static String text(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? status + " " + known.getReasonPhrase() + "\n" : status + "\n";
	}

}
