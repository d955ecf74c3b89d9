export default function () {
