/** Did the province meet its plan, and by how much: targets compared with achievements. */
package vn.chitieu.progress;
