package org.learningcity.award.nomination.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The quota holds when two members of one National Commission nominate at the same
 * moment: of two nominations for the last place, exactly one wins and the other is
 * refused with a clear message.
 */
class QuotaConcurrencyTests extends NominationWebTestSupport {

	@Autowired
	NationalCommissionService natcom;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void twoNominationsForTheLastPlaceAtOnceLetExactlyOneWin() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long first = this.fixtures.submitted(cycle, "namyangju");
		long second = this.fixtures.submitted(cycle, "suwon");
		long third = this.fixtures.submitted(cycle, "gwangmyeong");
		this.mvc.perform(
				postJson("/api/applications/" + first + "/nominate", Map.of("endorsement", "First.")).with(NATCOM_KR));

		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<MockHttpServletResponse> a = pool.submit(() -> nominateWhenGo(second, ready, go));
			Future<MockHttpServletResponse> b = pool.submit(() -> nominateWhenGo(third, ready, go));
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<MockHttpServletResponse> responses = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

			assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(201, 409);
			MockHttpServletResponse refused = responses.stream().filter(r -> r.getStatus() == 409).findFirst().get();
			assertThat(refused.getContentAsString()).contains("nomination.quota-reached")
				.contains("has already nominated 2 cities in this cycle");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select slot from nomination where cycle_id = ? order by slot")
			.param(cycle)
			.query(Integer.class)
			.list()).containsExactly(1, 2);
		assertThat(List.of(this.applications.find(second).orElseThrow().status(),
				this.applications.find(third).orElseThrow().status()))
			.containsExactlyInAnyOrder(ApplicationStatus.NOMINATED, ApplicationStatus.SUBMITTED);
	}

	/**
	 * The database keeps the quota even when both nominations see the last place free:
	 * the first holds its transaction open until the second has read the slots and tried
	 * to take the same one.
	 */
	@Test
	void aNominationThatSawTheLastPlaceFreeIsRefusedOnceAnotherTookIt() throws Exception {
		long cycle = this.fixtures.openCycle(1);
		long first = this.fixtures.submitted(cycle, "namyangju");
		long second = this.fixtures.submitted(cycle, "suwon");
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> winner = pool.submit(() -> this.fixtures.as("natcom-kr", () -> this.transactions.execute(tx -> {
				this.natcom.nominate(first, "First.");
				firstInserted.countDown();
				await(secondStarted);
				sleep(300);
				return null;
			})));
			Future<?> loser = pool.submit(() -> this.fixtures.as("natcom-kr", () -> {
				await(firstInserted);
				secondStarted.countDown();
				return this.natcom.nominate(second, "Second.");
			}));
			winner.get(30, TimeUnit.SECONDS);
			assertThatThrownBy(() -> loser.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(RuleViolationException.class)
				.cause()
				.hasMessageContaining("has already nominated 1 city")
				.extracting(ex -> ((RuleViolationException) ex).getCode())
				.isEqualTo(NationalCommissionService.QUOTA_REACHED);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select application_id from nomination where cycle_id = ?")
			.param(cycle)
			.query(Long.class)
			.list()).containsExactly(first);
		assertThat(this.applications.find(second).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	private MockHttpServletResponse nominateWhenGo(long application, CountDownLatch ready, CountDownLatch go)
			throws Exception {
		ready.countDown();
		go.await();
		return this.mvc
			.perform(postJson("/api/applications/" + application + "/nominate", Map.of("endorsement", "Ours."))
				.with(NATCOM_KR))
			.andReturn()
			.getResponse();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
