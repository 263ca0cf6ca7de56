package de.iserlohn.digital.mailroom.intake;

/**
 * Where the intake hands a newly recorded item over: its process ({@code mailroom.item}), started
 * in the intake's transaction. The intake knows the item, not the process that works it.
 */
public interface ItemHandover {

  /** The item is recorded (status {@code EINGEGANGEN}); start its work. */
  void received(MailroomItem item);
}
