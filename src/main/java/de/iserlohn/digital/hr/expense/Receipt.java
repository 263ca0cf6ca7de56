package de.iserlohn.digital.hr.expense;

/** An uploaded receipt, as received (checked by {@link ExpenseClaimValidation}). */
public record Receipt(String fileName, byte[] content) {}
