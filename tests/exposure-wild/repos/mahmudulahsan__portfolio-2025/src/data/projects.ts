export interface Project {
export const projects: Project[] = [
