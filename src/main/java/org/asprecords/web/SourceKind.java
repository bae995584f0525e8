package org.asprecords.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What kind of publication a source is, read from its address as
 * {@code asp-reference-facts-2.md} ranks them: the Assembly's, the Court's and the United
 * Nations' own documents; copies of them on other sites; the NGOs that follow the
 * Assembly; the press; Wikipedia and its copies; and other publications (governments,
 * parliaments, journals, blogs), which is also what an address not listed here is taken
 * for.
 */
public enum SourceKind {

	OFFICIAL("asp.icc-cpi.int", "icc-cpi.int", "legal.un.org", "press.un.org", "media.un.org", "unis.unvienna.org",
			"trustfundforvictims.org"),

	MIRROR("humanrightsvoices.org", "docslib.org", "lawsdocbox.com", "businessdocbox.com", "financedocbox.com",
			"documents.pub", "pdfslide.net", "pdfslide.us", "doczz.net", "vdocuments.us", "vdocuments.mx",
			"vdocuments.net", "vdocument.in", "fdocuments.us", "fdocuments.in", "dokumen.tips", "yumpu.com",
			"1library.net", "1library.co", "huggingface.co"),

	NGO("coalitionfortheicc.org", "iccnow.org", "ciccglobaljustice.wordpress.com", "pgaction.org",
			"publicinternationallawandpolicygroup.org", "npwj.org", "ibanet.org", "nurembergacademy.org", "asil.org",
			"storify.com"),

	PRESS("europe-arabs.com", "miragenews.com", "kbc.co.ke", "republicworld.com", "justiceinfo.net", "lequotidien.sn",
			"enqueteplus.com", "scoop.co.nz", "interfax.com.ua", "silkway.news", "globalbihari.com",
			"theafricancourier.de", "9bri.com", "zaki.ru"),

	WIKI("wikipedia.org", "wikiclassic.com", "hyperlinked.wiki", "the-uncensored-wiki.com", "nina.az", "wikimili.com",
			"cryer.org.uk", "owiki.org"),

	OTHER;

	/** The sites of this kind: an address on one of them or on a subdomain is of it. */
	private final List<String> sites;

	SourceKind(String... sites) {
		this.sites = List.of(sites);
	}

	/**
	 * The kind of the source at this address; {@code null} for a source that is not an
	 * address (a citation in words).
	 */
	public static SourceKind of(String source) {
		String host;
		try {
			host = (source != null && source.matches("(?i)https?://.*")) ? URI.create(source.trim()).getHost() : null;
		}
		catch (IllegalArgumentException ex) {
			host = null;
		}
		if (host == null) {
			return null;
		}
		String site = host.toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((kind) -> kind.sites.stream().anyMatch((known) -> site.equals(known) || site.endsWith("." + known)))
			.findFirst()
			.orElse(OTHER);
	}

}
