/** The service's own settings, typed; every package may read them. */
package vn.chitieu.config;
