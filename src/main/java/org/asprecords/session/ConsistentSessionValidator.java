package org.asprecords.session;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.asprecords.topic.Topic;

/**
 * Checks {@link ConsistentSession}, reporting each broken rule on its field.
 */
class ConsistentSessionValidator implements ConstraintValidator<ConsistentSession, SessionForm> {

	@Override
	public boolean isValid(SessionForm form, ConstraintValidatorContext context) {
		context.disableDefaultConstraintViolation();
		boolean valid = true;
		if (form.getStartDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getStartDate())) {
			valid = reject(context, "endDate", "{admin.session.end-before-start}");
		}
		if (form.getKind() != null && form.getKind() != SessionKind.REVIEW_CONFERENCE && form.getNumber() == null) {
			valid = reject(context, "number", "{admin.session.number.required}");
		}
		boolean resumed = form.getKind() == SessionKind.RESUMED;
		if (resumed && (form.getParent() == null || form.getParent().isBlank())) {
			valid = reject(context, "parent", "{admin.session.parent.required}");
		}
		if (!resumed && form.getParent() != null && !form.getParent().isBlank()) {
			valid = reject(context, "parent", "{admin.session.parent.only-resumed}");
		}
		if (resumed && form.getResumption() == null) {
			valid = reject(context, "resumption", "{admin.session.resumption.required}");
		}
		if (form.getTopics().stream().anyMatch((key) -> Topic.fromKey(key).isEmpty())) {
			valid = reject(context, "topics", "{admin.session.topics.unknown}");
		}
		return valid;
	}

	private static boolean reject(ConstraintValidatorContext context, String field, String message) {
		context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
		return false;
	}

}
