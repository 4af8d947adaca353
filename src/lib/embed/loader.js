/*
 * Scrolly embed loader, for host pages: upgrades each
 *   <div data-scrolly-embed="https://HOST/BASE/embed/"><iframe …></iframe></div>
 * to `scrolly` mode. The iframe becomes one viewport tall and sticky inside the block, which
 * grows to the story's full height; the loader posts the reader's scroll position to the
 * story, which scrolls itself to match. Dependency-free, safe to include twice. Messages are
 * accepted only from the embed's own window and origin, with finite numbers; none can make
 * this page navigate or insert markup.
 */
(function () {
	'use strict';
	if (window.__scrollyEmbedLoader) return;
	window.__scrollyEmbedLoader = true;

	var SENTINEL = 'scrolly-embed';
	var VERSION = 1;
	var MAX_HEIGHT = 10000000;

	function isCount(n) {
		return typeof n === 'number' && isFinite(n) && n >= 0 && n <= MAX_HEIGHT;
	}

	function upgrade(block) {
		if (block.getAttribute('data-scrolly-embed-ready') === '1') return;
		var src;
		try {
			src = new URL(block.getAttribute('data-scrolly-embed'), location.href);
		} catch {
			return;
		}
		if (src.protocol !== 'https:' && src.protocol !== 'http:') return;
		block.setAttribute('data-scrolly-embed-ready', '1');
		var origin = src.origin;
		src.searchParams.set('mode', 'scrolly');

		var iframe = block.querySelector('iframe');
		if (!iframe) {
			iframe = document.createElement('iframe');
			iframe.title = block.getAttribute('data-title') || 'Interactive story';
			block.appendChild(iframe);
		}
		iframe.removeAttribute('loading');
		iframe.src = src.href;
		iframe.setAttribute('scrolling', 'no');
		block.style.position = 'relative';
		var style = iframe.style;
		style.position = 'sticky';
		style.top = '0';
		style.display = 'block';
		style.width = '100%';
		style.border = '0';
		style.height = window.innerHeight + 'px';

		var contentHeight = 0;
		var frame = 0;

		function post() {
			frame = 0;
			if (!iframe.contentWindow) return;
			var vh = window.innerHeight;
			var top = block.getBoundingClientRect().top;
			var y = Math.min(Math.max(0, -top), Math.max(0, contentHeight - vh));
			style.height = vh + 'px';
			iframe.contentWindow.postMessage({ sentinel: SENTINEL, v: VERSION, type: 'viewport', y: y, vh: vh, vw: window.innerWidth }, origin);
		}
		function schedule() {
			if (!frame) frame = requestAnimationFrame(post);
		}

		window.addEventListener('message', function (event) {
			if (event.source !== iframe.contentWindow || event.origin !== origin) return;
			var data = event.data;
			if (!data || typeof data !== 'object') return;
			if (data.sentinel === 'amp' && data.type === 'embed-size' && isCount(data.height) && data.height > 0) {
				contentHeight = data.height;
				block.style.height = contentHeight + 'px';
				schedule();
			} else if (data.sentinel === SENTINEL && data.v === VERSION) {
				if (data.type === 'ready') schedule();
				else if (data.type === 'scrollTo' && isCount(data.y)) {
					var blockTop = block.getBoundingClientRect().top + window.scrollY;
					window.scrollTo(0, blockTop + Math.min(data.y, Math.max(0, contentHeight - window.innerHeight)));
				}
			}
		});
		window.addEventListener('scroll', schedule, { passive: true });
		window.addEventListener('resize', schedule);
	}

	function scan() {
		var blocks = document.querySelectorAll('[data-scrolly-embed]');
		for (var i = 0; i < blocks.length; i++) upgrade(blocks[i]);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
})();
