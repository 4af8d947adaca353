import { shareCard } from '$lib/share/cards';

/** The story's share card: its image is drawn at build time by `/share.png`. */
export async function load({ parent }) {
	const { model } = await parent();
	return { share: shareCard(model, 'story') };
}
