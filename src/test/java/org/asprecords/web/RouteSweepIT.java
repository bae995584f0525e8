package org.asprecords.web;

import java.beans.PropertyDescriptor;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Sitemaps;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every address the portal answers GET on, public, API and admin alike, read from Spring
 * MVC's own mappings so that a new route is swept the day it is added: each of its
 * parameters and each of its path variables given hostile values (page numbers of every
 * magnitude among them), and never a server error.
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class RouteSweepIT {

	private static final List<String> VALUES = List.of("-1", "0", "2", "200000000", "2147483647", "2147483648",
			"99999999999999999999", "1e3", "", "%", "'", "<script>x</script>", "x".repeat(3000), "\u202e\u200b",
			"ICC-ASP/22/Res.4");

	private static final List<String> SEGMENTS = List.of("0", "-1", "99999999999999999999", "x%27", "%3Cb%3E",
			"s".repeat(300));

	/**
	 * Parameters some pages read through a bound object rather than
	 * {@code @RequestParam}.
	 */
	private static final Set<String> ALWAYS = Set.of("page", "lang", "q");

	/**
	 * Addresses of the routes the sitemap does not list (downloads and full lists a page
	 * links to).
	 */
	private static final Map<String, String> UNLISTED = Map.ofEntries(
			Map.entry("/feeds/{collection}.atom", "/feeds/all.atom"),
			Map.entry("/feeds/sessions/{slug}.atom", "/feeds/sessions/22.atom"),
			Map.entry("/cite/{format}", "/cite/bibtex?record=/resolutions/ICC-ASP/22/Res.4"),
			Map.entry("/sessions/{slug}/{kind:side-events|amendments|policies|decisions|accessions}",
					"/sessions/22/side-events"),
			Map.entry("/states/{slug}/{list}", "/states/finland/people"),
			Map.entry("/people/{slug}/{list}", "/people/paivi-kaukoranta/statements"),
			Map.entry("/organizations/{slug}/{list}", "/organizations/coalition-for-the-icc/members"),
			Map.entry("/budgets/{year}/lines.csv", "/budgets/2020/lines.csv"),
			Map.entry("/sitemaps/{collection}/{part:[1-9][0-9]*}.xml", "/sitemaps/resolutions/1.xml"),
			Map.entry("/alerts/confirm/{token}", "/alerts/confirm/a-token-no-mail-has"),
			Map.entry("/alerts/unsubscribe/{token}", "/alerts/unsubscribe/a-token-no-mail-has"),
			Map.entry("/alerts/manage/{token}", "/alerts/manage/a-token-no-mail-has"));

	/** Stand-ins for admin path variables, whose records are not in the sitemap. */
	private static final Map<String, String> ADMIN_SAMPLES = Map.of("id", "1", "kind", "people", "revision", "1");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noParameterOfAnyRouteCausesAServerError() throws Exception {
		List<String> sitemap = sitemap();
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Route route : routes()) {
			Optional<String> sample = route.sample(sitemap);
			if (sample.isEmpty()) {
				failures.add(route.pattern() + ": no sample address to sweep");
				continue;
			}
			for (String parameter : route.parameters()) {
				for (String value : VALUES) {
					String uri = sample.get() + (sample.get().contains("?") ? "&" : "?") + parameter + "="
							+ URLEncoder.encode(value, StandardCharsets.UTF_8);
					requests++;
					check(uri, failures);
				}
			}
			for (String hostile : route.hostilePaths()) {
				requests++;
				check(hostile, failures);
			}
		}
		assertThat(requests).as("requests sent").isGreaterThan(1000);
		assertThat(failures).as("answers of 500 or more, of %d requests", requests).isEmpty();
	}

	private void check(String uri, List<String> failures) {
		MvcTestResult result = this.mvc.get().uri(URI.create(uri)).accept(MediaType.ALL).exchange();
		int status = (result.getUnresolvedException() != null) ? 500 : result.getResponse().getStatus();
		if (status >= 500) {
			failures.add(status + " " + uri.substring(0, Math.min(uri.length(), 200)));
		}
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			Set<String> parameters = new LinkedHashSet<>();
			for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
				parameters.addAll(namesRead(parameter));
			}
			for (PathPattern pattern : mapping.getKey().getPathPatternsCondition().getPatterns()) {
				if (!pattern.getPatternString().startsWith("/error")) {
					routes.add(new Route(pattern, List.copyOf(parameters)));
				}
			}
		}
		assertThat(routes).as("GET routes found").hasSizeGreaterThan(50);
		return routes;
	}

	/**
	 * The request parameters a handler's argument reads: its own name, or the properties
	 * of an object of the portal's that Spring MVC binds from the query (a list's
	 * filter).
	 */
	private static List<String> namesRead(MethodParameter parameter) {
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null) {
			parameter.initParameterNameDiscovery(NAMES);
			return List.of(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
		}
		Class<?> type = parameter.getParameterType();
		if (type.getPackageName().startsWith("org.asprecords") && !type.isEnum() && !type.isInterface()) {
			return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
				.filter((property) -> property.getWriteMethod() != null)
				.map(PropertyDescriptor::getName)
				.toList();
		}
		return List.of();
	}

	private List<String> sitemap() {
		return Sitemaps.locations(this.mvc).stream().map((location) -> URI.create(location).getRawPath()).toList();
	}

	/**
	 * A GET mapping and the parameters its handler reads.
	 */
	private record Route(PathPattern pattern, List<String> parameters) {

		/**
		 * A real address of the route: itself, one from the sitemap, or an admin
		 * record's.
		 */
		Optional<String> sample(List<String> sitemap) {
			String text = this.pattern.getPatternString();
			if (!text.contains("{") && !text.contains("*")) {
				return Optional.of(text);
			}
			if (UNLISTED.containsKey(text)) {
				return Optional.of(UNLISTED.get(text));
			}
			Optional<String> listed = sitemap.stream()
				.flatMap((path) -> Stream.of(path, "/api/v1" + path))
				.filter((path) -> this.pattern.matches(PathContainer.parsePath(path)))
				.findFirst();
			if (listed.isPresent() || !text.startsWith("/admin")) {
				return listed;
			}
			Matcher variables = VARIABLE.matcher(text);
			StringBuilder sample = new StringBuilder();
			while (variables.find()) {
				String name = variables.group(1).replace("*", "");
				variables.appendReplacement(sample, ADMIN_SAMPLES.getOrDefault(name, "1"));
			}
			variables.appendTail(sample);
			return Optional.of(sample.toString());
		}

		/** The route with each of its path variables, in turn, given hostile values. */
		List<String> hostilePaths() {
			String text = this.pattern.getPatternString();
			List<String> paths = new ArrayList<>();
			Matcher variables = VARIABLE.matcher(text);
			while (variables.find()) {
				for (String segment : SEGMENTS) {
					String path = text.substring(0, variables.start()) + segment + text.substring(variables.end());
					paths.add(VARIABLE.matcher(path).replaceAll("22"));
				}
			}
			return paths;
		}

	}

}
