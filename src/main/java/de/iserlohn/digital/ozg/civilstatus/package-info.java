/**
 * Personenstandsurkunde: birth, marriage or death certificate (Urkunde or beglaubigter
 * Registerausdruck). The fee is paid first (DMN), then the entitlement under § 62 PStG is decided
 * (DMN for the obvious cases, otherwise the Standesamt), the certificate is issued and sent by post
 * or delivered in the portal. A rejection after payment ends with the clerk task "Gebühr
 * erstatten".
 */
package de.iserlohn.digital.ozg.civilstatus;
