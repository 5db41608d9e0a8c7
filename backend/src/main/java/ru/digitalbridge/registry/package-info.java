/** Registry of municipalities, public organizations and their social-media accounts. */
package ru.digitalbridge.registry;
