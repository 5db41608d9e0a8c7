/** Methodology: versioned criteria sets, their criteria, and the pure scoring rules an index is computed by. */
package ru.digitalbridge.methodology;
