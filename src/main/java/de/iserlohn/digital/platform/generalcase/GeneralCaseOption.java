package de.iserlohn.digital.platform.generalcase;

import static de.iserlohn.digital.platform.generalcase.GeneralCaseProcess.*;

import de.iserlohn.digital.platform.casefile.CaseProcessOption;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Allgemeiner Vorgang" can be started from any open Vorgang in the workspace. */
@Configuration(proxyBeanMethods = false)
class GeneralCaseOption {

  @Bean
  CaseProcessOption generalCaseFromVorgang() {
    return new CaseProcessOption(
        PROCESS_KEY,
        "Allgemeiner Vorgang",
        Set.of(),
        "Beschreibung des Anliegens",
        (vorgang, text) ->
            Map.of(
                VAR_TITLE, vorgang.title(),
                VAR_ORG_UNIT, vorgang.orgUnit(),
                VAR_DESCRIPTION, text));
  }
}
