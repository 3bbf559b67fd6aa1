/**
 * Implementation helpers shared by Lagebild's packages: reading delimited text files with their
 * encoding and delimiter detected (DelimitedReader, Encodings, Header), parsing and formatting
 * numbers independently of the default locale (Numbers), writing machine-readable CSV safe against
 * formula injection (CsvWriter), collecting problems (Problems), reading YAML configuration with
 * key paths and lines (Yaml, ConfigMap), and seeded synthetic data for benchmarks (Synthetic).
 *
 * <p>Not part of the API: anything here may change in any release.
 */
package de.lagebild.internal;
