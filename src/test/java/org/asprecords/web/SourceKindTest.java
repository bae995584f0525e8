package org.asprecords.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SourceKindTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			https://asp.icc-cpi.int/press-releases/PR1047                         | OFFICIAL
			https://www.icc-cpi.int/news/assembly                                 | OFFICIAL
			HTTPS://UNIS.UNVIENNA.ORG/unis/en/pressrels/2006/l3101.html           | OFFICIAL
			https://docslib.org/doc/11538787/assembly-of-states-parties           | MIRROR
			https://deploy.doczz.net/doc/6594014/a-s-p                            | MIRROR
			https://www.coalitionfortheicc.org/asp22-day-one                      | NGO
			http://archive.iccnow.org/?mod=aspofficials                           | NGO
			https://www.miragenews.com/iba-urges-state-support                    | PRESS
			https://ms.m.wikipedia.org/wiki/Khas:MobileDiff/1725977               | WIKI
			https://wikimili.com/en/2011_International_Criminal_Court_judges_election | WIKI
			https://www.formin.fi/news                                            | OTHER
			https://asp.icc-cpi.int.example.com/fake                              | OTHER
			https://notwikipedia.org/wiki/x                                       | OTHER
			Coalition for the ICC, “#NGOVoices at the 21st session”               | none
			http://                                                               | none
			""")
	void aSourceIsOfTheKindOfItsSite(String source, SourceKind kind) {
		assertThat(SourceKind.of(source)).isEqualTo(kind);
	}

}
