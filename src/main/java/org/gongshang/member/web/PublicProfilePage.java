package org.gongshang.member.web;

import org.gongshang.identity.Actors;
import org.gongshang.member.MemberPhotos;
import org.gongshang.member.PublicProfiles;
import org.gongshang.member.internal.MemberPhotoStore.Photo;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A member's public profile page and photo: what the member allows, for everyone. */
@Controller
class PublicProfilePage {

    private final PublicProfiles profiles;
    private final MemberPhotos photos;
    private final Actors actors;

    PublicProfilePage(PublicProfiles profiles, MemberPhotos photos, Actors actors) {
        this.profiles = profiles;
        this.photos = photos;
        this.actors = actors;
    }

    @GetMapping("/members/{id:\\d+}")
    String profile(@PathVariable long id, Model model) {
        model.addAttribute("profile", profiles.get(id));
        return "member/public-profile";
    }

    @GetMapping("/members/{id:\\d+}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        Photo photo = photos.get(id, actors.current().orElse(null));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(photo.content());
    }
}
