package de.iserlohn.digital.ozg.application;

import java.util.Map;

/**
 * What a document about an application shows of it: the service, the applicant and the submitted
 * answers as the form's labels with their displayed values, in form order (files left out).
 */
public record ApplicationSummary(
    String caseNumber, String serviceTitle, String applicantName, Map<String, String> answers) {}
