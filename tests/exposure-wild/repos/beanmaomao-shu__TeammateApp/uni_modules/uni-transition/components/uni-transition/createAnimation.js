		this.$.animationData = this.animation.export()
export function createAnimation(option, _this) {
