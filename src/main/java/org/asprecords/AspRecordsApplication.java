package org.asprecords;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ASP Records: the public portal of the records of the Assembly of States Parties to the
 * Rome Statute.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AspRecordsApplication {

	public static void main(String[] args) {
		SpringApplication.run(AspRecordsApplication.class, args);
	}

}
