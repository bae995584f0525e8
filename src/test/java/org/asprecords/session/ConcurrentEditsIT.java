package org.asprecords.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.asprecords.db.RecordHistory;
import org.asprecords.support.IntegrationTest;
import org.asprecords.web.form.StaleEditException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many editors saving the same version of one record at the same moment: exactly one save
 * wins, every other one is answered as a conflict, and nothing is lost or silently
 * overwritten.
 */
@IntegrationTest
class ConcurrentEditsIT {

	private static final int EDITORS = 8;

	@Autowired
	SessionEditor editor;

	@Autowired
	AssemblySessionRepository sessions;

	@Autowired
	RecordHistory history;

	@Test
	void ofManyEditorsSavingTheSameVersionExactlyOneWins() throws Exception {
		long id = this.sessions.findBySlug("S-1").orElseThrow().getId();
		SessionForm original = this.editor.page(id).form();
		int revisions = this.history.of(AssemblySession.class, id).size();
		List<SessionForm> forms = new ArrayList<>();
		for (int i = 0; i < EDITORS; i++) {
			SessionForm form = this.editor.page(id).form();
			form.setVenue("Venue typed by editor " + i);
			forms.add(form);
		}

		ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		for (SessionForm form : forms) {
			outcomes.add(pool.submit(() -> {
				go.await();
				try {
					this.editor.update(id, form);
					return form.getVenue();
				}
				catch (StaleEditException | OptimisticLockingFailureException ex) {
					return "conflict";
				}
			}));
		}
		go.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		List<String> winners = results.stream().filter((result) -> !result.equals("conflict")).toList();
		assertThat(winners).hasSize(1);
		assertThat(results).filteredOn("conflict"::equals).hasSize(EDITORS - 1);
		AssemblySession saved = this.editor.find(id);
		assertThat(saved.getVenue()).isEqualTo(winners.get(0));
		assertThat(saved.getVersion()).isEqualTo(original.getVersion() + 1);
		assertThat(this.history.of(AssemblySession.class, id)).hasSize(revisions + 1);

		original.setVersion(saved.getVersion());
		this.editor.update(id, original);
		assertThat(this.editor.find(id).getVenue()).isEqualTo(original.getVenue());
	}

}
