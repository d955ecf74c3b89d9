export class IdGenerator {
