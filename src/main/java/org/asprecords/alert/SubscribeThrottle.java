package org.asprecords.alert;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits the requests to follow something, per address and per client address, within an
 * hour, counted in PostgreSQL (as sign-in failures are, {@code security.SignInThrottle})
 * so that every instance sees the same counts. Requests for one address, or from one
 * client, take their turn under an advisory lock, so that requests sent at once cannot
 * all pass under the limit. The address is counted by its hash: throttling keeps no
 * address. The client's address is the one the servlet container gives, which trusts
 * {@code X-Forwarded-For} only from proxies on private networks.
 */
@Component
class SubscribeThrottle {

	/** The first key of the advisory locks (sign-in's use 1 and 2). */
	private static final int ADDRESS_LOCKS = 3;

	private static final int CLIENT_LOCKS = 4;

	private final JdbcClient jdbc;

	private final AlertProperties properties;

	SubscribeThrottle(JdbcClient jdbc, AlertProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Counts a request, in the caller's transaction.
	 * @return whether it is within the limits
	 */
	boolean allows(String address, String client) {
		String hash = Tokens.hash(address);
		lock(ADDRESS_LOCKS, hash);
		lock(CLIENT_LOCKS, client);
		boolean allowed = this.jdbc.sql("""
				select (select count(*) from alert_request
				        where address_hash = :hash and requested_at > now() - interval '1 hour') < :perAddress
				   and (select count(*) from alert_request
				        where client_address = :client and requested_at > now() - interval '1 hour') < :perClient""")
			.param("hash", hash)
			.param("client", client)
			.param("perAddress", this.properties.requestsPerAddress())
			.param("perClient", this.properties.requestsPerClient())
			.query(Boolean.class)
			.single();
		this.jdbc.sql("insert into alert_request (address_hash, client_address) values (:hash, :client)")
			.param("hash", hash)
			.param("client", client)
			.update();
		return allowed;
	}

	private void lock(int space, String key) {
		this.jdbc.sql("select pg_advisory_xact_lock(:space, hashtext(:key))")
			.param("space", space)
			.param("key", key)
			.query()
			.listOfRows();
	}

}
