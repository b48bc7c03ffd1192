//! The map's geometry: Web Mercator, the viewport, markers that cluster, the
//! scale bar, and the raster tiles a viewport covers.
//!
//! Pure arithmetic on `f64`s, so the app's map (and any later map, such as a
//! coordinators' choropleth) only draws what this module places. It never
//! allocates per frame beyond the lists it returns, reads no clock and does
//! no IO; a tile URL is only written from a template the catalogue's reader
//! has already checked ([`crate::catalogue::MapSettings`]).

use crate::LatLon;

/// The side of a raster tile, in pixels; the world is one tile at zoom 0.
pub const TILE_PX: f64 = 256.0;
/// The widest view: the whole world fits a phone at about this zoom.
pub const MIN_ZOOM: f64 = 2.0;
/// The closest view: a street's buildings.
pub const MAX_ZOOM: f64 = 18.0;
/// The latitude where Web Mercator's square world ends.
const MAX_LATITUDE: f64 = 85.051_128_78;
/// The earth's radius Web Mercator uses, in metres.
const EARTH_RADIUS_M: f64 = 6_378_137.0;

/// A point in world pixels at zoom 0 (0 to 256 both ways, north-west at 0,0),
/// or, from [`Viewport::to_screen`], in the map's own pixels.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Point {
    /// Eastwards.
    pub x: f64,
    /// Southwards.
    pub y: f64,
}

/// A point on the earth in world pixels at zoom 0; latitudes beyond Web
/// Mercator's edge are held at it.
pub fn project(at: LatLon) -> Point {
    let lat = at.lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    let x = (at.lon + 180.0) / 360.0 * TILE_PX;
    // ln(tan φ + sec φ), written with the few libm functions the app already
    // needs (each one costs bytes in the wasm).
    let sin = lat.sin();
    let y = (1.0 - 0.5 * ((1.0 + sin) / (1.0 - sin)).ln() / std::f64::consts::PI) / 2.0 * TILE_PX;
    Point { x, y }
}

/// The point on the earth at world pixels `p` (zoom 0): the inverse of [`project`].
pub fn unproject(p: Point) -> LatLon {
    let lon = p.x / TILE_PX * 360.0 - 180.0;
    let n = std::f64::consts::PI * (1.0 - 2.0 * p.y / TILE_PX);
    let lat = (2.0 * n.exp().atan() - std::f64::consts::FRAC_PI_2).to_degrees();
    LatLon { lat, lon }
}

/// What the map shows: a centre and zoom in a box of `width` by `height` pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// The centre, in world pixels at zoom 0.
    pub centre: Point,
    /// Fractional zoom; 2^zoom screen pixels per world pixel.
    pub zoom: f64,
    /// The map's width in pixels.
    pub width: f64,
    /// The map's height in pixels.
    pub height: f64,
}

impl Viewport {
    /// A view of `width` by `height` pixels centred on `centre` at `zoom`
    /// (held between [`MIN_ZOOM`] and [`MAX_ZOOM`]).
    pub fn new(centre: LatLon, zoom: f64, width: f64, height: f64) -> Self {
        Self {
            centre: project(centre),
            zoom: clamp_zoom(zoom),
            width,
            height,
        }
    }

    /// The smallest view holding every point, with `padding` pixels on each
    /// side, no closer than `max_zoom`; around `fallback` when there are none.
    pub fn fit(
        points: impl IntoIterator<Item = LatLon>,
        fallback: LatLon,
        (width, height): (f64, f64),
        padding: f64,
        max_zoom: f64,
    ) -> Self {
        let mut bounds: Option<(Point, Point)> = None;
        for p in points.into_iter().map(project) {
            bounds = Some(match bounds {
                None => (p, p),
                Some((lo, hi)) => (
                    Point {
                        x: lo.x.min(p.x),
                        y: lo.y.min(p.y),
                    },
                    Point {
                        x: hi.x.max(p.x),
                        y: hi.y.max(p.y),
                    },
                ),
            });
        }
        let Some((lo, hi)) = bounds else {
            return Self::new(fallback, max_zoom, width, height);
        };
        let span_x = (hi.x - lo.x).max(f64::EPSILON);
        let span_y = (hi.y - lo.y).max(f64::EPSILON);
        let room_x = (width - 2.0 * padding).max(1.0);
        let room_y = (height - 2.0 * padding).max(1.0);
        let zoom = log2((room_x / span_x).min(room_y / span_y));
        Self {
            centre: Point {
                x: (lo.x + hi.x) / 2.0,
                y: (lo.y + hi.y) / 2.0,
            },
            zoom: clamp_zoom(zoom.min(max_zoom)),
            width,
            height,
        }
    }

    /// A view holding the circle of `radius_m` metres around `centre`.
    pub fn around(centre: LatLon, radius_m: f64, size: (f64, f64), padding: f64) -> Self {
        Self::fit(
            circle_corners(centre, radius_m),
            centre,
            size,
            padding,
            MAX_ZOOM,
        )
    }

    /// Screen pixels per world pixel.
    pub fn scale(&self) -> f64 {
        exp2(self.zoom)
    }

    /// A world point (zoom 0) in this map's pixels.
    pub fn to_screen(&self, p: Point) -> Point {
        let s = self.scale();
        Point {
            x: (p.x - self.centre.x) * s + self.width / 2.0,
            y: (p.y - self.centre.y) * s + self.height / 2.0,
        }
    }

    /// The world point (zoom 0) under this map's pixel `p`.
    pub fn to_world(&self, p: Point) -> Point {
        let s = self.scale();
        Point {
            x: (p.x - self.width / 2.0) / s + self.centre.x,
            y: (p.y - self.height / 2.0) / s + self.centre.y,
        }
    }

    /// A place on the earth in this map's pixels.
    pub fn place(&self, at: LatLon) -> Point {
        self.to_screen(project(at))
    }

    /// The place on the earth at the map's centre.
    pub fn centre_at(&self) -> LatLon {
        unproject(self.centre)
    }

    /// The same view of another size, around the same centre.
    pub fn resized(&self, width: f64, height: f64) -> Self {
        Self {
            width,
            height,
            ..*self
        }
    }

    /// The view moved so the content follows a drag of `dx`, `dy` pixels.
    pub fn panned(&self, dx: f64, dy: f64) -> Self {
        let s = self.scale();
        let wrap = |y: f64| y.clamp(0.0, TILE_PX);
        Self {
            centre: Point {
                x: self.centre.x - dx / s,
                y: wrap(self.centre.y - dy / s),
            },
            ..*self
        }
    }

    /// The view zoomed by `by` levels, keeping the place under the map's pixel
    /// `anchor` where it is (the pointer's, or the middle for buttons and keys).
    pub fn zoomed(&self, by: f64, anchor: Point) -> Self {
        let zoom = clamp_zoom(self.zoom + by);
        let held = self.to_world(anchor);
        let s = exp2(zoom);
        Self {
            centre: Point {
                x: held.x - (anchor.x - self.width / 2.0) / s,
                y: held.y - (anchor.y - self.height / 2.0) / s,
            },
            zoom,
            ..*self
        }
    }

    /// The middle of the map, in its pixels.
    pub fn middle(&self) -> Point {
        Point {
            x: self.width / 2.0,
            y: self.height / 2.0,
        }
    }

    /// Metres on the ground per screen pixel at the map's centre.
    pub fn metres_per_px(&self) -> f64 {
        let lat = self.centre_at().lat.to_radians();
        2.0 * std::f64::consts::PI * EARTH_RADIUS_M * lat.cos() / (TILE_PX * self.scale())
    }

    /// The raster tiles that cover the map at the nearest whole zoom, each with
    /// where it is drawn.
    pub fn tiles(&self) -> Vec<Tile> {
        let z = self.zoom.round().clamp(0.0, MAX_ZOOM);
        let n = exp2(z);
        // On-screen size of one tile of zoom z.
        let size = TILE_PX * self.scale() / n;
        let top_left = self.to_world(Point::default());
        let bottom_right = self.to_world(Point {
            x: self.width,
            y: self.height,
        });
        let per_world = n / TILE_PX;
        let first_x = (top_left.x * per_world).floor();
        let last_x = (bottom_right.x * per_world).floor();
        let first_y = (top_left.y * per_world).floor().max(0.0);
        let last_y = (bottom_right.y * per_world).floor().min(n - 1.0);
        let mut tiles = Vec::new();
        let mut ty = first_y;
        while ty <= last_y {
            let mut tx = first_x;
            while tx <= last_x {
                let at = self.to_screen(Point {
                    x: tx / per_world,
                    y: ty / per_world,
                });
                tiles.push(Tile {
                    z: z as u8,
                    // Tiles east or west of the world repeat it.
                    x: tx.rem_euclid(n) as u32,
                    y: ty as u32,
                    at,
                    size,
                });
                tx += 1.0;
            }
            ty += 1.0;
        }
        tiles
    }
}

/// The south-west and north-east corners of the square around a circle of
/// `radius_m` metres: what a view must hold to show the circle.
pub fn circle_corners(centre: LatLon, radius_m: f64) -> [LatLon; 2] {
    let degrees_lat = radius_m / 111_320.0;
    let degrees_lon = degrees_lat / centre.lat.to_radians().cos().max(0.01);
    [
        LatLon {
            lat: centre.lat - degrees_lat,
            lon: centre.lon - degrees_lon,
        },
        LatLon {
            lat: centre.lat + degrees_lat,
            lon: centre.lon + degrees_lon,
        },
    ]
}

/// 2 to the power `x`.
pub fn exp2(x: f64) -> f64 {
    (x * std::f64::consts::LN_2).exp()
}

/// The power of 2 that gives `x`.
pub fn log2(x: f64) -> f64 {
    x.ln() / std::f64::consts::LN_2
}

fn clamp_zoom(zoom: f64) -> f64 {
    if zoom.is_finite() {
        zoom.clamp(MIN_ZOOM, MAX_ZOOM)
    } else {
        MIN_ZOOM
    }
}

/// One raster tile and where it goes on the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tile {
    /// Zoom level.
    pub z: u8,
    /// Column, from the west.
    pub x: u32,
    /// Row, from the north.
    pub y: u32,
    /// Its top-left corner in the map's pixels.
    pub at: Point,
    /// Its side in the map's pixels.
    pub size: f64,
}

/// The URL of `tile` from a template such as `https://tile.example/{z}/{x}/{y}.png`.
pub fn tile_url(template: &str, tile: &Tile) -> String {
    template
        .replace("{z}", &tile.z.to_string())
        .replace("{x}", &tile.x.to_string())
        .replace("{y}", &tile.y.to_string())
}

/// A scale bar: a round length and its width on the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScaleBar {
    /// 1, 2 or 5 times a power of ten, in metres.
    pub metres: f64,
    /// Its width in pixels, at most the width asked for.
    pub px: f64,
}

/// The longest round length (1, 2 or 5 × 10ⁿ metres) that fits in `max_px`
/// pixels at `metres_per_px`.
pub fn scale_bar(metres_per_px: f64, max_px: f64) -> ScaleBar {
    let most = (metres_per_px * max_px).max(1.0);
    let mut power = 1.0;
    while power * 10.0 <= most {
        power *= 10.0;
    }
    let step = [5.0, 2.0, 1.0]
        .into_iter()
        .map(|f| f * power)
        .find(|&m| m <= most)
        .unwrap_or(power);
    ScaleBar {
        metres: step,
        px: step / metres_per_px,
    }
}

/// Markers drawn as one, because they would overlap on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Where it is drawn: its members' middle, weighted, in the map's pixels.
    pub at: Point,
    /// The markers it holds, as positions in the list clustered, in its order.
    pub members: Vec<usize>,
    /// The sum of its members' weights (the results at them).
    pub weight: usize,
}

/// Gathers markers (map pixels and a weight each) into clusters: a marker joins
/// the first cluster whose first marker is within `within_px`, else starts one.
/// The order of the markers decides, so the same markers always cluster alike.
pub fn cluster(markers: &[(Point, usize)], within_px: f64) -> Vec<Cluster> {
    let mut clusters: Vec<(Point, Cluster)> = Vec::new();
    let reach = within_px * within_px;
    for (i, &(p, weight)) in markers.iter().enumerate() {
        let near = clusters.iter_mut().find(|(first, _)| {
            let (dx, dy) = (first.x - p.x, first.y - p.y);
            dx * dx + dy * dy < reach
        });
        match near {
            Some((_, c)) => {
                let total = (c.weight + weight).max(1) as f64;
                let (old, new) = (c.weight as f64 / total, weight as f64 / total);
                c.at = Point {
                    x: c.at.x * old + p.x * new,
                    y: c.at.y * old + p.y * new,
                };
                c.members.push(i);
                c.weight += weight;
            }
            None => clusters.push((
                p,
                Cluster {
                    at: p,
                    members: vec![i],
                    weight,
                },
            )),
        }
    }
    clusters.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> LatLon {
        LatLon { lat, lon }
    }

    fn close(a: f64, b: f64, within: f64) -> bool {
        (a - b).abs() <= within
    }

    /// Web Mercator's known points, and a round trip through the projection.
    #[test]
    fn projection() {
        assert_eq!(project(at(0.0, 0.0)), Point { x: 128.0, y: 128.0 });
        assert!(close(project(at(0.0, -180.0)).x, 0.0, 1e-9));
        assert!(close(project(at(MAX_LATITUDE, 0.0)).y, 0.0, 1e-6));
        assert!(close(project(at(89.9, 0.0)).y, 0.0, 1e-6));
        let cork = at(51.8985, -8.4756);
        let back = unproject(project(cork));
        assert!(close(back.lat, cork.lat, 1e-9) && close(back.lon, cork.lon, 1e-9));
        // Tile 7/60/42 of OpenStreetMap holds Cork.
        let p = project(cork);
        let n = 128.0 / TILE_PX;
        assert_eq!(((p.x * n).floor(), (p.y * n).floor()), (60.0, 42.0));
    }

    /// Screen and world points convert both ways; the centre is the middle.
    #[test]
    fn screen_and_world() {
        let v = Viewport::new(at(51.9, -8.47), 12.0, 400.0, 300.0);
        let middle = v.place(at(51.9, -8.47));
        assert!(close(middle.x, 200.0, 1e-6) && close(middle.y, 150.0, 1e-6));
        let p = Point { x: 13.0, y: 270.0 };
        let back = v.to_screen(v.to_world(p));
        assert!(close(back.x, p.x, 1e-6) && close(back.y, p.y, 1e-6));
    }

    /// Fitting holds every point inside the padding, as close as allowed.
    #[test]
    fn fitting() {
        let points = [at(51.85, -8.60), at(51.93, -8.35), at(51.90, -8.47)];
        let v = Viewport::fit(points, at(0.0, 0.0), (360.0, 400.0), 24.0, MAX_ZOOM);
        for p in points {
            let s = v.place(p);
            assert!((23.9..=336.1).contains(&s.x), "{s:?}");
            assert!((23.9..=376.1).contains(&s.y), "{s:?}");
        }
        // Tight: one of the sides is filled.
        let (a, b) = (v.place(points[0]), v.place(points[1]));
        assert!(close(b.x - a.x, 312.0, 0.01) || close(a.y - b.y, 352.0, 0.01));
        // One point, or none, is shown at the closest zoom allowed.
        let one = Viewport::fit([points[2]], at(0.0, 0.0), (360.0, 400.0), 24.0, 15.0);
        assert_eq!(one.zoom, 15.0);
        let none = Viewport::fit([], points[2], (360.0, 400.0), 24.0, 15.0);
        assert_eq!(none.centre, project(points[2]));
    }

    /// A radius fits the view: its edge is within the map, near the padding.
    #[test]
    fn around_a_radius() {
        let centre = at(51.9, -8.47);
        let v = Viewport::around(centre, 1_000.0, (400.0, 400.0), 20.0);
        let radius_px = 1_000.0 / v.metres_per_px();
        assert!((170.0..=181.0).contains(&radius_px), "{radius_px}");
    }

    /// Zooming keeps the place under the anchor; panning moves the content.
    #[test]
    fn zoom_and_pan() {
        let v = Viewport::new(at(51.9, -8.47), 12.0, 400.0, 300.0);
        let anchor = Point { x: 50.0, y: 80.0 };
        let held = v.to_world(anchor);
        let z = v.zoomed(1.5, anchor);
        assert_eq!(z.zoom, 13.5);
        let now = z.to_screen(held);
        assert!(close(now.x, anchor.x, 1e-6) && close(now.y, anchor.y, 1e-6));
        assert_eq!(v.zoomed(100.0, anchor).zoom, MAX_ZOOM);
        assert_eq!(v.zoomed(-100.0, anchor).zoom, MIN_ZOOM);
        let place = at(51.91, -8.46);
        let before = v.place(place);
        let after = v.panned(30.0, -20.0).place(place);
        assert!(close(after.x - before.x, 30.0, 1e-6) && close(after.y - before.y, -20.0, 1e-6));
    }

    /// Scale bars are round lengths that fit, as long as possible.
    #[test]
    fn scale_bars() {
        let bar = scale_bar(10.0, 100.0);
        assert_eq!(
            bar,
            ScaleBar {
                metres: 1_000.0,
                px: 100.0
            }
        );
        let bar = scale_bar(3.7, 100.0);
        assert_eq!(bar.metres, 200.0);
        assert!(close(bar.px, 54.054, 0.001));
        assert_eq!(scale_bar(30.0, 100.0).metres, 2_000.0);
        assert_eq!(scale_bar(60.0, 100.0).metres, 5_000.0);
        assert_eq!(scale_bar(0.001, 100.0).metres, 1.0);
        // At zoom 0 on the equator a pixel is about 156 km.
        let v = Viewport::new(at(0.0, 0.0), MIN_ZOOM, 256.0, 256.0);
        assert!(close(v.metres_per_px() * 4.0, 156_543.0, 1.0));
    }

    /// Markers within reach of a cluster's first marker join it, with their
    /// weights; far ones stand alone; the order decides.
    #[test]
    fn clustering() {
        let p = |x, y| Point { x, y };
        let markers = [
            (p(0.0, 0.0), 3),
            (p(10.0, 0.0), 1),
            (p(100.0, 0.0), 2),
            (p(0.0, 15.0), 4),
        ];
        let c = cluster(&markers, 20.0);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].members, [0, 1, 3]);
        assert_eq!(c[0].weight, 8);
        assert!(close(c[0].at.x, 1.25, 1e-9) && close(c[0].at.y, 7.5, 1e-9));
        assert_eq!(
            c[1],
            Cluster {
                at: p(100.0, 0.0),
                members: vec![2],
                weight: 2
            }
        );
        assert_eq!(cluster(&markers, 0.0).len(), 4);
        assert!(cluster(&[], 10.0).is_empty());
    }

    /// The tiles cover the map edge to edge, and their URLs name them.
    #[test]
    fn tiles_cover_the_view() {
        let v = Viewport::new(at(51.9, -8.47), 13.0, 600.0, 400.0);
        let tiles = v.tiles();
        assert!(
            tiles
                .iter()
                .all(|t| t.z == 13 && close(t.size, 256.0, 1e-9))
        );
        let left = tiles.iter().map(|t| t.at.x).fold(f64::MAX, f64::min);
        let right = tiles
            .iter()
            .map(|t| t.at.x + t.size)
            .fold(f64::MIN, f64::max);
        let top = tiles.iter().map(|t| t.at.y).fold(f64::MAX, f64::min);
        let bottom = tiles
            .iter()
            .map(|t| t.at.y + t.size)
            .fold(f64::MIN, f64::max);
        assert!(left <= 0.0 && right >= 600.0 && top <= 0.0 && bottom >= 400.0);
        assert!(tiles.len() <= 4 * 3);
        let t = Tile {
            z: 3,
            x: 4,
            y: 2,
            at: Point::default(),
            size: 256.0,
        };
        assert_eq!(tile_url("/tiles/{z}/{x}/{y}.png", &t), "/tiles/3/4/2.png");
        assert_eq!(
            tile_url("https://a.example/{z}-{y}-{x}", &t),
            "https://a.example/3-2-4"
        );
    }
}
