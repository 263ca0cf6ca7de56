/**
 * The general case ("Allgemeiner Vorgang"): a clerk records a request that no specialised service
 * covers, the case file opens a Vorgang for it, the responsible org unit works it in Tasklist and
 * closes it. Also the platform's reference for how a process links to its Vorgang.
 */
package de.iserlohn.digital.platform.generalcase;
