/**
 * Implementation helpers shared by Lagebild's packages. Not part of the API: anything here may
 * change in any release.
 */
package de.lagebild.internal;
