package org.asprecords.election;

/**
 * A line of the election form that may stand for a record already saved: its id, and
 * whether the editor ticked it for removal. A line with nothing typed is blank, and a
 * blank line is ignored on save.
 */
public abstract class FormLine {

	private Long id;

	private boolean remove;

	/**
	 * Whether nothing is typed in this line and it stands for no saved record.
	 */
	public abstract boolean isBlank();

	/**
	 * Whether this line stands for a record to keep or to record.
	 */
	public boolean isKept() {
		return !this.remove && !isBlank();
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public boolean isRemove() {
		return this.remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

}
