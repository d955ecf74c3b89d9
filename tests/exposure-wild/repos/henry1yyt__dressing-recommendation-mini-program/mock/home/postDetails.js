export const postDetails = [
export function getPostDetailById(id) {
