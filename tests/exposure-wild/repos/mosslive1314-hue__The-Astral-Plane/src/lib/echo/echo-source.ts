import { EchoEvent, EchoSignal, EchoSubscription, EchoSource, EchoEventType } from '@/types/echo'
import { hdEncoder } from '../hdc/encoder'
import { HDCVector } from '@/types/hdc'
export abstract class BaseEchoSource implements EchoSource {
export class MockEchoSource extends BaseEchoSource {
export class WOWOKEchoSource extends BaseEchoSource {
export const createEchoSource = (type: 'mock' | 'wowok', mcpClient?: any): BaseEchoSource => {
