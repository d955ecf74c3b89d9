export function Skeleton({
export function SkeletonCard() {
export function SkeletonList({ count = 3 }: { count?: number }) {
export function SkeletonNumberGrid({ ballCount = 7 }: { ballCount?: number }) {
export function SkeletonStats() {
export function SkeletonAnalysis() {
export function SkeletonFortune() {
