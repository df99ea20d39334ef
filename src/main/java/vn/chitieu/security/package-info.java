/** Who may call what: bearer tokens, the role ladder, and who last changed a row. */
package vn.chitieu.security;
