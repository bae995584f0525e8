package org.asprecords.alert;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link AlertSender} every {@code portal.alerts.send-every} on every instance, or
 * never when it is zero (the tests run it themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertScheduling implements SchedulingConfigurer {

	private final AlertSender sender;

	private final AlertProperties properties;

	AlertScheduling(AlertSender sender, AlertProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		if (!this.properties.sendEvery().isZero() && !this.properties.sendEvery().isNegative()) {
			tasks.addFixedDelayTask(this.sender::run, this.properties.sendEvery());
		}
	}

}
