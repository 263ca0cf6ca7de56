package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.catalogue.ServiceCatalogue;
import de.iserlohn.digital.ozg.catalogue.ServiceDefinition;
import de.iserlohn.digital.platform.casefile.CaseProcessOption;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a clerk may start from the Vorgang of an online application in the workspace: a request for
 * missing documents (Nachforderung, {@code ozg-request-documents}) to the applicant.
 */
@Configuration(proxyBeanMethods = false)
class OzgCaseProcesses {

  static final String REQUEST_DOCUMENTS = "ozg-request-documents";

  @Bean
  CaseProcessOption ozgRequestDocumentsFromVorgang(ServiceCatalogue catalogue) {
    return new CaseProcessOption(
        REQUEST_DOCUMENTS,
        "Unterlagen nachfordern",
        catalogue.all().stream().map(ServiceDefinition::id).collect(Collectors.toSet()),
        "Was fehlt? (geht an die antragstellende Person)",
        (vorgang, text) ->
            Map.of(
                OzgProcess.VAR_MISSING_DOCUMENTS,
                text,
                OzgProcess.VAR_CANDIDATE_GROUP,
                vorgang.orgUnit()));
  }
}
