export function Skeleton({ className = '', style }: SkeletonProps) {
export function SkeletonLine({ width = '100%', className = '' }: { width?: string; className?: string }) {
export function SkeletonTitle({ width = '60%', className = '' }: { width?: string; className?: string }) {
export function SkeletonCircle({ size = 40, className = '' }: { size?: number; className?: string }) {
export function SkeletonTopicGrid() {
export function SkeletonCourseList() {
export function SkeletonCourseDetail() {
export function SkeletonTrainingList() {
export function SkeletonJobLibrary() {
