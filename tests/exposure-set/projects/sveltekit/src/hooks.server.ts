export const handle = async ({ event, resolve }) => {
	event.locals.key = '__ZAI_KEY_47__';
	return resolve(event);
};
