/**
 * Dossiers and exports: the dossier of one nomination for UIL staff and the jury (the
 * city's report next to the measurements, the consensus scores, the radar chart, the
 * experts' anonymised justifications and the agreement figures) as a page and as a PDF
 * rendered from the same template, the cycle as CSV with every score, and the PDF cycle
 * report. Reads only: review, nomination, catalog, network, cycle and consensus, and for
 * the cycle report the confirmed shortlist (shortlist) and the decision (jury).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers and exports")
package org.learningcity.award.dossier;
