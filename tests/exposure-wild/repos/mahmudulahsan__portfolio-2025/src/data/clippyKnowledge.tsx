import { achievements } from "@/data/achievements";
import { contactInfo } from "@/data/contact";
import { experiences } from "@/data/experience";
import { projects } from "@/data/projects";
import { skillGroups } from "@/data/skills";
import { hasKeyword } from "@/lib/utils";
export function getClippyAnswer(input: string) {
