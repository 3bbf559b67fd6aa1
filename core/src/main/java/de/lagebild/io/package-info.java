/**
 * What Lagebild tells a caller about a user's input and how it writes its outputs: every problem
 * with an input is a {@link de.lagebild.io.Problem} (file, line, column or key, value, message),
 * thrown together with all others found as an {@link de.lagebild.io.InputException}, which the
 * command line prints one per line; every import accounts for its rows in a
 * {@link de.lagebild.io.RowAccount} (read = used + rejected, each rejection with its reason); and
 * outputs are written into an {@link de.lagebild.io.OutputDir}, which replaces a folder's files all
 * at once.
 */
package de.lagebild.io;
