/**
 * The project file ({@code lagebild.yaml}): one municipality's Sicherheitsanalyse described
 * completely, read and checked by {@link de.lagebild.project.Project#load(java.nio.file.Path)}.
 * The keys are documented in {@code docs/project-file.md}.
 */
package de.lagebild.project;
