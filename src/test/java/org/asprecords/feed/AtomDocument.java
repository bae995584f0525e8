package org.asprecords.feed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Atom feed read the way a feed validator reads it: the document must meet what RFC
 * 4287 requires of a feed and of each entry (sections 4.1 to 4.2: the elements each must
 * have once, may have at most once, absolute ids, RFC 3339 dates, an author, an alternate
 * link or content), or the constructor fails with what is wrong.
 */
final class AtomDocument {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	/** RFC 3339 date-time, as section 3.3 requires (an uppercase T and Z). */
	private static final Pattern DATE = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

	/** The elements RFC 4287 defines in a feed and in an entry. */
	private static final Set<String> FEED_ELEMENTS = Set.of("author", "category", "contributor", "generator", "icon",
			"id", "link", "logo", "rights", "subtitle", "title", "updated", "entry");

	private static final Set<String> ENTRY_ELEMENTS = Set.of("author", "category", "content", "contributor", "id",
			"link", "published", "rights", "source", "summary", "title", "updated");

	final String id;

	final String title;

	final OffsetDateTime updated;

	final List<Link> links;

	final List<Entry> entries;

	AtomDocument(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
		assertThat(feed.getNamespaceURI()).as("the root's namespace").isEqualTo(ATOM);
		assertThat(feed.getLocalName()).as("the root").isEqualTo("feed");
		checkElements(feed, FEED_ELEMENTS, "feed");
		exactlyOne(feed, "feed", "id", "title", "updated");
		atMostOne(feed, "feed", "generator", "icon", "logo", "rights", "subtitle");
		this.id = absolute(text(feed, "id"), "the feed's id");
		this.title = text(feed, "title");
		this.updated = date(text(feed, "updated"), "the feed's updated");
		this.links = links(feed);
		this.entries = new ArrayList<>();
		boolean feedAuthor = !children(feed, "author").isEmpty();
		Set<String> ids = new HashSet<>();
		for (Element entry : children(feed, "entry")) {
			Entry read = new Entry(entry);
			assertThat(feedAuthor || !children(entry, "author").isEmpty())
				.as("an author for the feed or for entry " + read.id)
				.isTrue();
			assertThat(ids.add(read.id)).as("entry ids are unique: " + read.id).isTrue();
			this.entries.add(read);
		}
		for (Element author : children(feed, "author")) {
			exactlyOne(author, "author", "name");
		}
	}

	Link link(String rel) {
		return this.links.stream()
			.filter((link) -> link.rel.equals(rel))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no link rel=" + rel + " in the feed " + this.id));
	}

	List<String> entryLinks() {
		return this.entries.stream().map((entry) -> entry.alternate).toList();
	}

	private static List<Link> links(Element parent) {
		List<Link> links = new ArrayList<>();
		for (Element link : children(parent, "link")) {
			String href = link.getAttribute("href");
			assertThat(href).as("a link's href").isNotEmpty();
			String rel = link.hasAttribute("rel") ? link.getAttribute("rel") : "alternate";
			links.add(new Link(rel, link.getAttribute("type"), href));
		}
		return links;
	}

	private static void checkElements(Element parent, Set<String> allowed, String what) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())) {
				assertThat(allowed).as("Atom elements allowed in " + what).contains(element.getLocalName());
			}
		}
	}

	private static void exactlyOne(Element parent, String what, String... names) {
		for (String name : names) {
			assertThat(children(parent, name)).as("atom:" + name + " in " + what).hasSize(1);
		}
	}

	private static void atMostOne(Element parent, String what, String... names) {
		for (String name : names) {
			assertThat(children(parent, name)).as("atom:" + name + " in " + what).hasSizeLessThan(2);
		}
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				children.add(element);
			}
		}
		return children;
	}

	private static String text(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.get(0).getTextContent().strip();
	}

	private static String absolute(String iri, String what) {
		assertThat(URI.create(iri).isAbsolute()).as(what + " is an absolute IRI: " + iri).isTrue();
		return iri;
	}

	private static OffsetDateTime date(String value, String what) {
		assertThat(value).as(what + " is an RFC 3339 date-time").matches(DATE);
		return OffsetDateTime.parse(value);
	}

	record Link(String rel, String type, String href) {
	}

	/** An entry of the feed, checked as section 4.1.2 requires. */
	static final class Entry {

		final String id;

		final String title;

		final OffsetDateTime updated;

		final OffsetDateTime published;

		final String alternate;

		final String summary;

		final List<String> categories = new ArrayList<>();

		Entry(Element entry) {
			checkElements(entry, ENTRY_ELEMENTS, "entry");
			exactlyOne(entry, "entry", "id", "title", "updated");
			atMostOne(entry, "entry", "content", "published", "rights", "source", "summary");
			this.id = absolute(text(entry, "id"), "an entry's id");
			this.title = text(entry, "title");
			this.updated = date(text(entry, "updated"), "updated of " + this.id);
			String published = text(entry, "published");
			this.published = (published != null) ? date(published, "published of " + this.id) : null;
			this.alternate = links(entry).stream()
				.filter((link) -> link.rel.equals("alternate"))
				.map(Link::href)
				.findFirst()
				.orElse(null);
			assertThat(this.alternate != null || !children(entry, "content").isEmpty())
				.as("entry " + this.id + " has an alternate link or content")
				.isTrue();
			this.summary = text(entry, "summary");
			for (Element category : children(entry, "category")) {
				assertThat(category.getAttribute("term")).as("a category's term").isNotEmpty();
				this.categories.add(category.getAttribute("term"));
			}
		}

	}

}
