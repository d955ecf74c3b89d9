export class DashScopeWebSocketASR {
