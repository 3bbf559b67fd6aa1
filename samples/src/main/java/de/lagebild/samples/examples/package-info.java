/**
 * Runnable examples on the sample municipality Musterstadt: each class has a {@code main} method
 * that takes the project file (default {@code samples/musterstadt/lagebild.yaml}). Run from the
 * repository root, for example:
 *
 * <pre>
 * mvn -q -pl samples -am install -DskipTests
 * mvn -q -pl samples exec:java -Dexec.mainClass=de.lagebild.samples.examples.SafetyByDistrict
 * mvn -q -pl samples exec:java -Dexec.mainClass=de.lagebild.samples.examples.CustomReport
 * </pre>
 *
 * or from an IDE. docs/embedding.md explains the API they use.
 */
package de.lagebild.samples.examples;
