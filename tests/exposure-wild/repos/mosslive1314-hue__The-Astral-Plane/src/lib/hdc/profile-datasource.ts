import { ProfileData, HDCVector, Lens } from '@/types/hdc'
import { hdEncoder } from './encoder'
export interface ExperienceData {
export abstract class ProfileDataSource {
export class SecondMeDataSource extends ProfileDataSource {
export class TemplateDataSource extends ProfileDataSource {
export class Projector {
